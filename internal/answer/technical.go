package answer

import (
	_ "embed"
	"sync"
)

//go:generate go run technical_gen.go

//go:embed technical.txt
var technicalFile string

// technicalWeights parses the embedded technical.txt once; TestTechnicalFile
// checks it, so a failure here is a build that no test passed.
var technicalWeights = sync.OnceValue(func() wordWeights {
	e, err := parseWeights(technicalFile)
	if err != nil {
		panic(err)
	}
	return e
})
