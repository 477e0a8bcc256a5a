"""Quote attribution: who said what, direct and reported."""
