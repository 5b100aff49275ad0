using System.Globalization;

namespace TextMiner.Pipeline.Research.Snapshots;

/// <summary>A snapshot was refused; <see cref="Code"/> is one of the <see cref="SnapshotErrors"/> codes.</summary>
public sealed class SnapshotException : Exception
{
    public SnapshotException()
    {
        Code = string.Empty;
    }

    public SnapshotException(string message)
        : base(message)
    {
        Code = string.Empty;
    }

    public SnapshotException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = string.Empty;
    }

    public SnapshotException(string code, string format, params object?[] arguments)
        : base(string.Format(CultureInfo.InvariantCulture, format, arguments))
    {
        Code = code;
    }

    public string Code { get; }
}
