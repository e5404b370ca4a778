"""The allocation LP: regions, sites and demand (national and prefecture scale), network
distances and transport prices, migration friction, the HiGHS solve and its results."""
