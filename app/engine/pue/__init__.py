"""PUE of a data hall: cooling-plant physics, facility classes, model parameters, the hourly
and annual PUE, its uncertainty band and spread, and the PUE of each province's existing stock."""
