"""Headless sub-commands of ``cpn-planner`` (one module each, imported only when run)."""
