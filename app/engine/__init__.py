"""Pure numerics: climate, psychrometrics, PUE, costs, allocation. Never imports Qt."""
