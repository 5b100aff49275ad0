namespace TextMiner.Classification.Model;

/// <summary>Out-of-fold figures on the tuning paragraphs (dev and realistic dev), after calibration and thresholds.</summary>
public sealed record CrossValidatedFigures(int Folds, double MacroF1, double MicroF1, double RealisticMacroF1, double RealisticMicroF1);
