namespace TextMiner.TestSupport.FixtureSites;

/// <summary>What the fixture server does instead of serving a file.</summary>
public enum FaultKind
{
    /// <summary>500 Internal Server Error.</summary>
    ServerError,

    /// <summary>503 Service Unavailable.</summary>
    Unavailable,

    /// <summary>429 Too Many Requests with <c>Retry-After: 1</c>.</summary>
    TooManyRequests,

    /// <summary>Waits <see cref="FixtureSiteServer.SlowDelay"/> before answering (past a short attempt timeout).</summary>
    Slow,

    /// <summary>Aborts the connection before any response.</summary>
    ConnectionReset,

    /// <summary>Declares the full Content-Length, sends half the body, aborts.</summary>
    TruncatedBody,

    /// <summary>Serves the file with a wrong Content-Type (a PDF as text/html, anything else as application/pdf).</summary>
    WrongContentType,

    /// <summary>Serves an HTML error page with status 200 in place of the file (a "PDF" that is HTML).</summary>
    HtmlInsteadOfFile,

    /// <summary>302 to itself with a changing query, forever.</summary>
    RedirectLoop,

    /// <summary>Streams <see cref="FixtureSiteServer.OversizeBytes"/> bytes of a PDF header and padding.</summary>
    Oversized,

    /// <summary>302 to <see cref="FaultRule.Location"/> (another scheme, another host: whatever a hostile site says).</summary>
    RedirectTo,
}
