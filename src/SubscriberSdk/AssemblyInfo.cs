// Marker so the package compiles before the facade lands.
