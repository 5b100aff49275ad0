using System.Text;
using TextMiner.TestSupport;

namespace TextMiner.Cli.Tests;

/// <summary>Runs the README's command block, in order, against one data directory, so the README cannot drift.</summary>
[NonParallelizable]
public sealed class ReadmeCommandsTests
{
    private const string Marker = "<!-- readme-commands:";

    public static IEnumerable<TestCaseData> Commands() => ReadCommands()
        .Select((line, i) => new TestCaseData(i, line).SetName($"Readme_{i:00}_{line}"));

    private static TempDirectory? temp;

    [OneTimeSetUp]
    public static void CreateDataDirectory() => temp = new TempDirectory();

    [OneTimeTearDown]
    public static void RemoveDataDirectory() => temp?.Dispose();

    [Test]
    public void Readme_HasCommandBlock() => Assert.That(ReadCommands(), Has.Count.GreaterThanOrEqualTo(8));

    [TestCaseSource(nameof(Commands))]
    public async Task Readme_Command_Succeeds(int order, string line)
    {
        _ = order;
        var args = Split(line).Skip(1).Select(Resolve).ToList();
        if (args[0] == "evaluate")
        {
            // The README runs from the repository root; the tests find the corpus beside the test assembly.
            args.AddRange(["--corpus", Path.Combine(AppContext.BaseDirectory, "corpus")]);
        }

        var run = await new CliRunner(temp!.Combine("data")).RunAsync([.. args]);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
        Assert.That(run.Output, Is.Not.Empty, run.ToString());
    }

    private static List<string> ReadCommands()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith(Marker, StringComparison.Ordinal));
        return lines.Skip(start + 2).TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal))
            .Where(l => l.StartsWith("textminer ", StringComparison.Ordinal))
            .ToList();
    }

    private static string Resolve(string arg) =>
        arg == "corpus" || arg.StartsWith("corpus/", StringComparison.Ordinal)
            ? Path.Combine(AppContext.BaseDirectory, arg)
            : arg;

    /// <summary>Splits a command line the way a POSIX shell does for the simple quoting the README uses.</summary>
    private static IEnumerable<string> Split(string line)
    {
        var current = new StringBuilder();
        var quoted = false;
        var any = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    yield return current.ToString();
                }

                current.Clear();
                any = false;
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            yield return current.ToString();
        }
    }
}
