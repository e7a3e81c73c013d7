//go:build !race

package simulate

// raceDetector tells whether the test binary runs under the race detector.
const raceDetector = false
