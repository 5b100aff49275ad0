namespace TextMiner.Extraction.Quotes;

/// <summary>Verbs that introduce or tag a quotation.</summary>
internal static class SpeechVerbs
{
    public const string Pattern =
        @"(?:said|says|say|added|adds|explained|explains|warned|warns|warn|commented|comments|told|tells|wrote|writes"
        + @"|stated|states|continued|continues|insisted|insists|noted|notes|argued|argues|claimed|claims|remarked"
        + @"|observed|observes|concluded|concludes|replied|replies|responded|responds|declared|declares|acknowledged"
        + @"|acknowledges|admitted|admits|urged|urges|asked|asks|emphasised|emphasises|emphasized|stressed|stresses"
        + @"|pointed\s+out|points\s+out|went\s+on|goes\s+on|reported|reports|reporting|described|describes|confirmed|confirms"
        + @"|announced|announces|recalled|recalls|suggested|suggests|revealed|reveals|cautioned|maintained|agreed"
        + @"|complained|complains|lamented|accepted|conceded|predicted|vowed|promised|recounted|elaborated"
        + @"|summed\s+(?:it\s+|this\s+|things\s+)?up|put\s+it|reflected|reflects|tweeted|posted|writing|adding|saying|telling|explaining"
        + @"|warning|commenting|said\s+in\s+a\s+statement|believes|thinks|feels|described\s+it|called\s+it"
        + @"|welcomed|welcomes|found|finds|finding|records|recorded|highlighted|highlights|spoke|speaking|told\s+\w+|wrote\s+in"
        + @"|(?:raised|raises|raising|voiced|voices|expressed|expresses)\s+(?:(?:serious|grave|real|deep)\s+)?(?:concerns?|worries|fears|doubts|alarm|the\s+alarm)|sounded\s+the\s+alarm)";
}
