//go:build race

package simulate

// raceDetector tells whether the test binary runs under the race
// detector, which slows the PromQL engine's replays of every real-world
// scenario tenfold (709 s for the package); make test runs that test once
// more without it.
const raceDetector = true
