using Microsoft.Extensions.DependencyInjection;

namespace TextMiner.Pipeline;

/// <summary>A service provider holding <see cref="TextMinerServiceCollectionExtensions.AddTextMiner"/>, for a verb to resolve its runner from.</summary>
public static class TextMinerServices
{
    /// <summary>Builds the provider, its registrations checked as it is built; dispose it when the verb is done.</summary>
    public static ServiceProvider Build(TextMinerOptions options) =>
        new ServiceCollection().AddTextMiner(options).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
}
