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
	PropDateExplore     = "dateExplore"     // bool: picked for exploration

	// DATE roll-ups on traders (over the declarations they import or declare).
	PropDateScored          = "dateScored"          // int64: scored declarations
	PropDateMeanProb        = "dateMeanProb"        // float64
	PropDateMaxProb         = "dateMaxProb"         // float64
	PropDateExpectedRevenue = "dateExpectedRevenue" // float64: sum of dateRevenue

	// Inspection outcomes recorded on declarations (ingest or the API).
	PropInspected   = "inspected"   // bool
	PropIllicit     = "illicit"     // bool
	PropRevenue     = "revenue"     // float64: additional revenue raised
	PropCritical    = "critical"    // int64: 0 none, 1 fraud, 2 critical
	PropInspectedAt = "inspectedAt" // string: RFC 3339, when recorded by the API

	// AI HS scores on declarations.
	PropHSRecommended  = "hsRecommended"  // string
	PropHSMismatch     = "hsMismatch"     // float64
	PropHSDeclaredRank = "hsDeclaredRank" // int64
	PropHSModel        = "hsModel"        // string: model version
	PropHSCodeFlag     = "hsCodeFlag"     // string: how the declared code was read ("", "truncated", "mapped", "unknown")

	// AI HS roll-ups on traders.
	PropHSScored        = "hsScored"        // int64: declarations with an HS score
	PropHSMismatchShare = "hsMismatchShare" // float64: share with hsMismatch >= 0.5
)
