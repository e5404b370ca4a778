"""CPN Planner: Computing Power Network Planner."""

__version__ = "0.1.0"
