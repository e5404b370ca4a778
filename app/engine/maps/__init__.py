"""Map arithmetic without Qt: class breaks for choropleths and their edge labels."""
