using Microsoft.Extensions.DependencyInjection;

namespace TextMiner.Pipeline;

/// <summary>A service provider holding <see cref="TextMinerServiceCollectionExtensions.AddTextMiner"/>, for a verb to resolve its runner from.</summary>
public static class TextMinerServices
{
    /// <summary>Builds the provider, its registrations checked as it is built; dispose it when the verb is done.</summary>
    public static ServiceProvider Build(TextMinerOptions options) =>
        new ServiceCollection().AddTextMiner(options).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

    /// <summary>
    /// Opens the data directory's store and index for writing (creating or migrating them, rebuilding an index of an
    /// older layout) and builds the provider over them; disposing the provider closes them. Throws what
    /// <see cref="Workspace.OpenAsync"/> throws (IOException, UnauthorizedAccessException, InvalidOperationException,
    /// StorageException, SearchIndexException), naming the path.
    /// </summary>
    public static async Task<ServiceProvider> OpenAsync(TextMinerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var workspace = await Workspace.OpenAsync(options.Data, options.Time, options.StoreBusyTimeout, cancellationToken).ConfigureAwait(false);
        try
        {
            var services = new ServiceCollection().AddTextMiner(options with { Workspace = workspace });

            // Made by a factory and resolved at once, so the provider owns the workspace and closes it when disposed.
            services.AddSingleton<IAsyncDisposable>(_ => workspace);
            var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
            provider.GetRequiredService<IAsyncDisposable>();
            return provider;
        }
        catch
        {
            await workspace.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Whether <paramref name="exception"/> is one that <see cref="OpenAsync"/> gives for a data directory it cannot open.</summary>
    public static bool IsOpenFailure(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or InvalidOperationException
            or TextMiner.Storage.StorageException or TextMiner.Search.SearchIndexException;
}
