#if FAILPOINTS
using System.Globalization;

namespace TextMiner.Pipeline.Nightly;

/// <summary>
/// A test hook for crash-safety tests: <c>TEXTMINER_FAILPOINT=after-store:3</c> makes the process kill itself
/// (SIGKILL, no cleanup, like a power loss) the third time it passes the named point. Unset, it does nothing.
/// Points: <see cref="NightlyCheckpoints"/>. Compiled only with the FAILPOINTS constant, which Directory.Build.props
/// defines for every build but Release: `dotnet test TextMiner.sln` (Debug) has it, `./textminer` (Release) does not.
/// </summary>
public sealed class Failpoint
{
    public const string EnvironmentVariable = "TEXTMINER_FAILPOINT";

    private readonly string? name;
    private readonly int at;
    private int passed;

    private Failpoint(string? name, int at)
    {
        this.name = name;
        this.at = at;
    }

    public static Failpoint None { get; } = new(null, 0);

    /// <summary>Parses "name:N" (N defaults to 1); anything else is no failpoint.</summary>
    public static Failpoint Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return None;
        }

        var parts = value.Split(':', 2, StringSplitOptions.TrimEntries);
        var at = 1;
        if (parts.Length == 2 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out at))
        {
            return None;
        }

        return new(parts[0], Math.Max(1, at));
    }

    public void Pass(string point)
    {
        if (name is not null && string.Equals(point, name, StringComparison.Ordinal) && ++passed == at)
        {
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        }
    }
}
#endif
