"""A placed site's figures: inputs resolved per site, capital cost, energy (fixed and marginal),
cost per token, the design-load and solved-load cards and the flags on an idle site."""
