"""What a scenario is compared against and what moves: today (the status quo), the network
without the placed sites, the shift between two allocations and the migration's payback."""
