namespace TextMiner.Classification.Model;

/// <summary>A label's calibration: probability = 1 / (1 + exp(-(Slope * score + Intercept))).</summary>
public sealed record PlattScaling(double Slope, double Intercept)
{
    public float Probability(float score) => (float)(1 / (1 + Math.Exp(-((Slope * score) + Intercept))));
}
