using TextMiner.Classification.Training;

namespace TextMiner.Classification.Model;

/// <summary>Gives the theme model in a models directory, training it from the embedded labelled corpus when it is
/// missing, unreadable, of an older format or trained on other data — so no verb fails for lack of a model.</summary>
public static class ThemeModelStore
{
    public const string TrainingOnFirstUseMessage = "No usable theme model in {0} ({1}); training one from the embedded labelled corpus";
    public const string TrainedMessage = "Theme model trained: {0}, out-of-fold macro-F1 {1:0.000}, {2:0.0} s, written to {3}; {4}";

    public const string NoModelReason = "no model files";
    public const string OldFormatReason = "model format {0} is not the current one";
    public const string OtherDataReason = "trained on other labelled data or lexicon phrase groups";

    public static ThemeClassifier LoadOrTrain(string modelsDirectory, Action<string> log, ThemeTrainingOptions? options = null,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        var reason = UnusableReason(modelsDirectory);
        if (reason is null)
        {
            try
            {
                return ThemeClassifier.Load(modelsDirectory);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException
                                          or FormatException or System.Text.Json.JsonException)
            {
                reason = e.Message;
            }
        }

        log(string.Format(System.Globalization.CultureInfo.InvariantCulture, TrainingOnFirstUseMessage, modelsDirectory, reason));
        var report = new ThemeModelTrainer(options, time).TrainFromEmbedded(modelsDirectory);
        log(string.Format(System.Globalization.CultureInfo.InvariantCulture, TrainedMessage, report.Metadata.Trainer,
            report.Metadata.CrossValidated.MacroF1, report.Metadata.TrainingSeconds, report.ModelPath, report.RealisticSource));
        return ThemeClassifier.Load(modelsDirectory);
    }

    /// <summary>Why the stored model cannot be used as it is, or null if it can.</summary>
    internal static string? UnusableReason(string modelsDirectory)
    {
        if (!ThemeModelFiles.Exist(modelsDirectory))
        {
            return NoModelReason;
        }

        try
        {
            var metadata = ThemeModelMetadataFile.Read(modelsDirectory);
            if (metadata.FormatVersion != ThemeModelFiles.FormatVersion)
            {
                return string.Format(System.Globalization.CultureInfo.InvariantCulture, OldFormatReason, metadata.FormatVersion);
            }

            var embedded = TrainingData.Sha256(ThemeTrainingSet.Embedded());
            return metadata.TrainingDataSha256 == embedded ? null : OtherDataReason;
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or InvalidDataException)
        {
            return e.Message;
        }
    }
}
