//go:build !race

package specload

// raceDetector tells whether the test binary runs under the race
// detector, where a Jsonnet child sets no memory limit.
const raceDetector = false
