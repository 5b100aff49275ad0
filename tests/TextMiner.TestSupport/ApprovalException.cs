namespace TextMiner.TestSupport;

/// <summary>A snapshot differs from its approved file (see <see cref="Approval"/>).</summary>
public sealed class ApprovalException : Exception
{
    public ApprovalException()
    {
    }

    public ApprovalException(string message)
        : base(message)
    {
    }

    public ApprovalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
