namespace TextMiner.Classification.Model;

/// <summary>Out-of-fold figures on the tuning paragraphs (dev and realistic dev), after calibration and thresholds.
/// The realistic macro-F1 averages the labels with at least one realistic dev paragraph.</summary>
public sealed record CrossValidatedFigures(int Folds, double MacroF1, double MicroF1, double RealisticMacroF1, double RealisticMicroF1);
