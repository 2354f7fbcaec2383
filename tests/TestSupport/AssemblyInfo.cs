// Marker so the project compiles before its utilities land.
