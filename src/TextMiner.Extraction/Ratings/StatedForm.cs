namespace TextMiner.Extraction.Ratings;

/// <summary>How the text states that a grade is a rating; with the aspect kind it names the catalogue rule.</summary>
internal enum StatedForm
{
    /// <summary>A rating verb before the grade: rated, judged, graded, assessed … as, found … to be.</summary>
    RatedAs,

    /// <summary>A rating noun after the grade: a ‘Good’ rating, an ‘Outstanding’ verdict.</summary>
    RatingNoun,

    /// <summary>"a rating of X", "the rating of X": the body's grade unless a domain follows or receives it.</summary>
    RatingOf,

    /// <summary>A change of grade: improved from X to Y, slipped to, downgraded to.</summary>
    Change,

    /// <summary>A quoted grade as the inspectors' verdict, or after a copula: inspectors said it was ‘inadequate’.</summary>
    Verdict,

    /// <summary>A grade in brackets after what was rated: court work (Good).</summary>
    Bracketed,

    /// <summary>A grade with no verb of its own that continues the previous rating: "… and the other 11 ‘require improvement’".</summary>
    Continued,

    /// <summary>A body's count of grades for its standards: "received seven ‘Good’ ratings and five ‘Inadequate’ ratings".</summary>
    Tally,
}
