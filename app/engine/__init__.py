"""Pure numerics, never importing Qt, grouped by concept: climate, pue, costs (a site's figures),
allocation, references, policy, suggest and maps; app.engine.evaluate is the one seam the
views, reports and CLI read."""
