using System.Collections;

namespace TextMiner.Storage.Tests.Documents;

/// <summary>
/// A list that runs <paramref name="onRead"/> when item <paramref name="at"/> is read: the store reads paragraph themes
/// while it inserts paragraphs, so this makes a save fail (or its token cancel) in the middle of its inserts.
/// </summary>
internal sealed class FailingList<T>(IReadOnlyList<T> items, int at, Action onRead) : IReadOnlyList<T>
{
    public int Count => items.Count;

    public T this[int index]
    {
        get
        {
            if (index == at)
            {
                onRead();
            }

            return items[index];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
