// Package testbook is the small book that the tests of internal/search
// and internal/library index: three chapters, and what else a content
// directory holds (a part's readme, a hidden folder, files of other
// formats). It is a package of its own so that both share it without an
// import cycle; only tests import it.
package testbook

import "testing/fstest"

// The chapters, of two sections each: Node and React have front matter,
// Kube takes its title from its heading.
const (
	Node = `---
title: "Node.js"
slug: node
url: https://book.example/node
---

Node.js runs JavaScript outside the browser, on servers and in command-line tools.

## Event loop

A single thread runs the event loop. Callbacks wait in queues until the loop is free to run them.
A slow synchronous function blocks every other request in the process.

## npm

The npm registry holds hundreds of thousands of packages. Installing a package pulls in its dependencies too.
`

	React = `---
title: React
slug: react
url: https://book.example/react
---

React renders user interfaces from components.

## Hooks

Hooks let function components keep state between renders. The useEffect hook runs side effects after rendering.

## Virtual DOM

React compares a virtual DOM tree with the previous one and changes only what differs in the page.
`

	Kube = `# Kubernetes

Kubernetes schedules containers onto a cluster of machines.

## Pods

A pod is the smallest deployable unit: one or more containers sharing a network namespace.

## Services

A service gives a set of pods one stable address and balances traffic between them.
`
)

// Book is the book as a content directory holds it: the three chapters, a
// part's readme (a fourth chapter), a hidden folder, a Go file and a
// reStructuredText file (neither read). Each call returns a new one, for a
// test to change.
func Book() fstest.MapFS {
	return fstest.MapFS{
		"node.md":       {Data: []byte(Node)},
		"react.md":      {Data: []byte(React)},
		"ops/kube.md":   {Data: []byte(Kube)},
		".hidden/x.md":  {Data: []byte("# Hidden\n\nNot a chapter.\n")},
		"notes.go":      {Data: []byte("package notes\n")},
		"notes.rst":     {Data: []byte("Notes\n=====\n")},
		"ops/readme.md": {Data: []byte("# Operations\n\nThe operations part of the book covers running software in production.\n")},
	}
}
