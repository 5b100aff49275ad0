namespace TextMiner.Cli;

/// <summary>The first lines and errors of `nightly`, `status` and `doctor`, as tests assert them.</summary>
public static class NightlyMessages
{
    public const string LockHeld = "nightly: CANNOT RUN: another run holds the lock ({0})";
    public const string CannotOpen = "nightly: CANNOT RUN: cannot open the data directory {0}: {1}";
    public const string StorageFailed = "nightly: CANNOT RUN: storage failed: {0}";
    public const string BadSettings = "nightly: CANNOT RUN: {0}";
    public const string UnknownBaseUrlSource = "--base-url names {0}, which is not among the sources of this run ({1})";
    public const string MalformedBaseUrl = "--base-url takes NAME=URL with an absolute http(s) URL, not '{0}'";
    public const string DoctorOk = "doctor: OK store and index agree ({0} documents)";
    public const string DoctorInconsistent = "doctor: INCONSISTENT {0} (run `textminer doctor --repair` to reindex)";
    public const string DoctorRepaired = "doctor: REPAIRED index rebuilt from the store ({0} documents)";
    public const string DoctorLockHeld = "doctor: CANNOT REPAIR: a nightly run holds the lock ({0})";
}
