"""Plain data: sites, cooling technologies, scenario. Units are in names or docstrings."""
