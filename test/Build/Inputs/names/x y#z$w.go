// A Go file whose name needs escaping in a depfile.
package main

const answer = 42
