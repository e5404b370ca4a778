"""Site suggestions: where the next N MW should go, from a mixed-integer program on HiGHS:
candidates, the model, the search, the planner's request and why each site was chosen."""
