package claimwatch

import _ "embed"

// DefaultFeeds is the feeds.yaml shipped with the program, used when no
// file is named and none is in the working directory.
//
//go:embed feeds.yaml
var DefaultFeeds []byte
