"""Scenario files and report/data exports."""
