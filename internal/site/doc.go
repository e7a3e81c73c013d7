// Package site checks a built documentation site the way a reader meets
// it: every link and picture of every page resolves to a file of the site
// (and an anchor to an element of its page). The tests build the
// generated out/ with MkDocs (mkdocs build --strict, Debian's mkdocs) and
// load its pages in headless Chromium, served from 127.0.0.1.
package site
