"""Many scenario variants at once."""
