using Lucene.Net.Index;

namespace TextMiner.Search.Indexing;

/// <summary>
/// Collects the stored fields a hit shows straight from the stored-fields reader, without building a Lucene
/// <c>Document</c> (a field object per value and a list that grows as they come); anything else stored is skipped.
/// Values come in stored order, so the first value of a field is what <c>Document.Get</c> gives.
/// </summary>
internal sealed class HitFieldsVisitor : StoredFieldVisitor
{
    private List<string>? themes;
    private List<string>? ratings;

    public string? UnitId { get; private set; }

    public string? Unit { get; private set; }

    public string? Text { get; private set; }

    public string? Heading { get; private set; }

    public string? Speaker { get; private set; }

    public string? Role { get; private set; }

    public string? Organisation { get; private set; }

    public int? ParentOffset { get; private set; }

    public int? Paragraph { get; private set; }

    public int? Page { get; private set; }

    public int? ParagraphCount { get; private set; }

    public IReadOnlyList<string> Themes => themes ?? (IReadOnlyList<string>)[];

    public IReadOnlyList<string> Ratings => ratings ?? (IReadOnlyList<string>)[];

    public override Status NeedsField(FieldInfo fieldInfo) => fieldInfo.Name switch
    {
        IndexFields.UnitId or IndexFields.Unit or IndexFields.Text or IndexFields.Heading or IndexFields.Speaker
            or IndexFields.Role or IndexFields.Organisation or IndexFields.ParentOffset or IndexFields.Paragraph
            or IndexFields.Page or IndexFields.ParagraphCount or IndexFields.Theme or IndexFields.Rating => Status.YES,
        _ => Status.NO,
    };

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        switch (fieldInfo.Name)
        {
            case IndexFields.UnitId: UnitId ??= value; break;
            case IndexFields.Unit: Unit ??= value; break;
            case IndexFields.Text: Text ??= value; break;
            case IndexFields.Heading: Heading ??= value; break;
            case IndexFields.Speaker: Speaker ??= value; break;
            case IndexFields.Role: Role ??= value; break;
            case IndexFields.Organisation: Organisation ??= value; break;
            case IndexFields.Theme: (themes ??= []).Add(value); break;
            case IndexFields.Rating: (ratings ??= []).Add(value); break;
        }
    }

    public override void Int32Field(FieldInfo fieldInfo, int value)
    {
        switch (fieldInfo.Name)
        {
            case IndexFields.ParentOffset: ParentOffset ??= value; break;
            case IndexFields.Paragraph: Paragraph ??= value; break;
            case IndexFields.Page: Page ??= value; break;
            case IndexFields.ParagraphCount: ParagraphCount ??= value; break;
        }
    }
}
