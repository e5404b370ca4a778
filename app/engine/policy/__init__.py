"""Policy: the green-power accounting of every data centre and the scorecard of national
targets for every placed site, cluster, hub node and the nation."""
