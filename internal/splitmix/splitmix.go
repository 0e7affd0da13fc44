// Package splitmix holds the finaliser of the splitmix64 generator, the
// bit mixer that the parser's feature hashing and dedup's MinHash share.
package splitmix

// Mix scrambles the bits of x so that nearby inputs give unrelated
// outputs (Steele, Lea and Flood's splitmix64 finaliser).
func Mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
