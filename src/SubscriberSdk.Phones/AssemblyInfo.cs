// Marker so the library compiles before the phone parser lands.
