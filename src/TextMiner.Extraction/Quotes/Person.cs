namespace TextMiner.Extraction.Quotes;

/// <summary>A person the document names, with the role it gives them.</summary>
internal sealed class Person(string fullName)
{
    public string FullName { get; } = fullName;

    public string? Role { get; set; }

    /// <summary>From a title ("Ms Okafor") or a pronoun already resolved to this person ("she said").</summary>
    public Gender Gender { get; set; }

    public string First => FullName.Split(' ')[0];

    public string Last => FullName.Split(' ')[^1];

    public Speaker ToSpeaker() => new(FullName, Role, Organisations.From(Role));
}
