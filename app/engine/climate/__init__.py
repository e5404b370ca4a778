"""Climate of a place: psychrometrics of moist air, weather data (hourly files and monthly
normals), synthesised hourly years, and the lookup from a city name to its climate station."""
