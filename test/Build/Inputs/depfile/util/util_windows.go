// Left out of non-Windows builds by its name; go still reads it.
package util
