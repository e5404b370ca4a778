"""The map: layers as custom graphics items, the view, colours and legend."""
