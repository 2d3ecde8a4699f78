package graph

// Well-known property names. Ingest writes the raw-data ones, analytics and
// scoring write the computed ones; the API and the visualiser read them.
const (
	// Known-smuggler marking, set from seizures and positive investigation
	// results, or by an investigator.
	PropKnownSmuggler       = "knownSmuggler"       // bool
	PropKnownSmugglerSince  = "knownSmugglerSince"  // string, RFC 3339 date
	PropKnownSmugglerSource = "knownSmugglerSource" // string: seizure id, case id or "manual"
	PropKnownSmugglerReason = "knownSmugglerReason" // string

	// Raw values kept beside the normalised key (entity resolution).
	PropRaw = "raw" // string: the value as first seen

	// Network analytics (issue: analytics).
	PropCommunityID  = "communityId"  // int64
	PropPageRank     = "pagerank"     // float64
	PropBetweenness  = "betweenness"  // float64
	PropDegree       = "degree"       // int64
	PropNetworkRisk  = "networkRisk"  // float64 in [0,1]
	PropAnalysisRun  = "analysisRun"  // string: run id
	PropAnalysisTime = "analysisTime" // string: RFC 3339

	// DATE fraud scores on declarations.
	PropDateIllicitProb = "dateIllicitProb" // float64
	PropDateRevenue     = "dateRevenue"     // float64
	PropDateRank        = "dateRank"        // int64
	PropDateModel       = "dateModel"       // string: model version

	// AI HS scores on declarations.
	PropHSRecommended  = "hsRecommended"  // string
	PropHSMismatch     = "hsMismatch"     // float64
	PropHSDeclaredRank = "hsDeclaredRank" // int64
)
