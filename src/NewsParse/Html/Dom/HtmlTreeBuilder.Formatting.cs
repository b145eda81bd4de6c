using System.Runtime.CompilerServices;

namespace NewsParse.Html.Dom;

/// <summary>The list of active formatting elements (§13.2.4.3) and the adoption agency algorithm (§13.2.6.4.7).</summary>
internal sealed partial class HtmlTreeBuilder
{
    /// <summary>The list of active formatting elements; null is a marker (a cell, caption, template, applet, object or marquee).</summary>
    private readonly List<HtmlElement?> _formatting = [];

    private void PushMarker() => _formatting.Add(null);

    /// <summary>Inserts the current start tag's formatting element and adds it to the list (at most three alike after the last marker: the Noah's Ark clause).</summary>
    private void InsertFormattingElement()
    {
        if (InsertHtmlElement() is not { } element) return;
        int alike = 0, earliest = -1;
        for (int i = _formatting.Count - 1; i >= 0; i--)
        {
            var entry = _formatting[i];
            if (entry is null) break;
            if (!SameElement(entry, element)) continue;
            alike++;
            earliest = i;
        }
        if (alike >= 3) _formatting.RemoveAt(earliest);
        _formatting.Add(element);
    }

    /// <summary>Most attributes compared by <see cref="SameElement"/>: elements with more are taken as different (the comparison is quadratic in them).</summary>
    private const int MaxComparedAttributes = 16;

    /// <summary>Same name, namespace and attributes (names and values, in any order; at most <see cref="MaxComparedAttributes"/>).</summary>
    private bool SameElement(HtmlElement a, HtmlElement b)
    {
        if (a.TagId != b.TagId || a.LocalName != b.LocalName || a.Namespace != b.Namespace || a.AttributeCount != b.AttributeCount
            || a.AttributeCount > MaxComparedAttributes)
            return false;
        var source = Source;
        var attributes = _document.Attributes;
        for (int i = 0; i < a.AttributeCount; i++)
        {
            ref readonly var x = ref attributes[a.AttributeStart + i];
            var name = source.Slice(x.NameStart, x.NameLength);
            bool found = false;
            for (int j = 0; j < b.AttributeCount && !found; j++)
            {
                ref readonly var y = ref attributes[b.AttributeStart + j];
                found = source.Slice(y.NameStart, y.NameLength).Equals(name, StringComparison.OrdinalIgnoreCase)
                    && source.Slice(x.ValueStart, x.ValueLength).SequenceEqual(source.Slice(y.ValueStart, y.ValueLength));
            }
            if (!found) return false;
        }
        return true;
    }

    /// <summary>Removes the entries up to and including the last marker (a cell, caption or template ends).</summary>
    private void ClearFormattingToMarker()
    {
        for (int i = _formatting.Count - 1; i >= 0; i--)
        {
            var entry = _formatting[i];
            _formatting.RemoveAt(i);
            if (entry is null) return;
        }
    }

    /// <summary>The last element after the last marker named <paramref name="name"/> (id <paramref name="id"/>), or null.</summary>
    private HtmlElement? FindFormattingAfterMarker(HtmlTagId id, string name)
    {
        for (int i = _formatting.Count - 1; i >= 0; i--)
        {
            var entry = _formatting[i];
            if (entry is null) return null;
            if (entry.TagId == id && entry.LocalName == name) return entry;
        }
        return null;
    }

    /// <summary>Where <paramref name="element"/> is in the list after its last marker (where every element the algorithms look for stands); -1 when not there.</summary>
    private int IndexInFormatting(HtmlElement element)
    {
        for (int i = _formatting.Count - 1; i >= 0; i--)
        {
            var entry = _formatting[i];
            if (entry == element) return i;
            if (entry is null) return -1;
        }
        return -1;
    }

    private void RemoveFormatting(HtmlElement element)
    {
        int i = IndexInFormatting(element);
        if (i >= 0) _formatting.RemoveAt(i);
    }

    /// <summary>
    /// Reopens the formatting elements of the list that are no longer open, after the last marker (§13.2.4.3,
    /// "reconstruct the active formatting elements"): a copy of each is inserted and pushed. Stops at the depth limit
    /// (the rest waits).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ReconstructFormatting()
    {
        // nearly always: nothing to reopen
        int count = _formatting.Count;
        if (count == 0 || _formatting[count - 1] is null or { OnStack: true }) return;
        ReopenFormatting(count);
    }

    private void ReopenFormatting(int count)
    {
        int i = count - 1;
        while (i > 0 && _formatting[i - 1] is { OnStack: false }) i--;
        for (; i < count; i++)
        {
            if (AtDepthLimit) return;
            var clone = Clone(_formatting[i]!);
            AppendElement(clone);
            Push(clone);
            _formatting[i] = clone;
        }
    }

    /// <summary>
    /// The deliberate deviation from the standard: once a special element (a block) is closed, the formatting elements
    /// after the last marker that are no longer open leave the list, so they are not reopened in the next blocks.
    /// </summary>
    private void ForgetClosedFormatting()
    {
        for (int i = _formatting.Count - 1; i >= 0; i--)
        {
            var entry = _formatting[i];
            if (entry is null) return;
            if (!entry.OnStack) _formatting.RemoveAt(i);
        }
    }

    /// <summary>
    /// The adoption agency algorithm (§13.2.6.4.7) for an end tag of a formatting element (or a second &lt;a&gt; or
    /// &lt;nobr&gt;): closes the formatting element, and when a block was opened inside it, moves the block out of it and
    /// the block's content into a copy of it, so that text keeps its block and its formatting.
    /// </summary>
    private void AdoptionAgency(HtmlTagId id, string name)
    {
        var current = Current;
        if (IsHtml(current, id) && current.LocalName == name && IndexInFormatting(current) < 0)
        {
            Pop();
            return;
        }
        for (int outer = 0; outer < 8; outer++)
        {
            var formatting = FindFormattingAfterMarker(id, name);
            if (formatting is null)
            {
                AnyOtherEndTag(id, name);
                return;
            }
            if (!formatting.OnStack)
            {
                RemoveFormatting(formatting);
                return;
            }
            if (!ElementInScope(formatting)) return;
            int formattingIndex = IndexOnStack(formatting);
            int furthest = -1;
            for (int i = formattingIndex + 1; i < _count; i++)
            {
                if (IsSpecial(_stack[i]))
                {
                    furthest = i;
                    break;
                }
            }
            if (furthest < 0)
            {
                PopTo(formattingIndex);
                RemoveFormatting(formatting);
                return;
            }
            var furthestBlock = _stack[furthest];
            var commonAncestor = _stack[formattingIndex - 1];
            // the new element goes into the list right after this entry
            HtmlElement bookmark = formatting;
            var lastNode = furthestBlock;
            var chain = new List<HtmlElement>(4) { furthestBlock };
            int nodeIndex = furthest;
            for (int inner = 1; ; inner++)
            {
                nodeIndex--;
                var node = _stack[nodeIndex];
                if (node == formatting) break;
                int listIndex = IndexInFormatting(node);
                if (inner > 3 && listIndex >= 0)
                {
                    _formatting.RemoveAt(listIndex);
                    listIndex = -1;
                }
                if (listIndex < 0)
                {
                    RemoveStackAt(nodeIndex);
                    continue;
                }
                var clone = Clone(node);
                _formatting[listIndex] = clone;
                ReplaceOnStack(nodeIndex, clone);
                if (lastNode == furthestBlock) bookmark = clone;
                lastNode.Parent?.Remove(lastNode);
                clone.Append(lastNode);
                lastNode = clone;
                chain.Add(clone);
            }
            lastNode.Parent?.Remove(lastNode);
            var (parent, before) = InsertionPlace(commonAncestor);
            if (before is null) parent.Append(lastNode);
            else parent.InsertBefore(lastNode, before);
            // the moved chain, top down, then what is still open below the block, gets its new depth
            for (int c = chain.Count - 1; c >= 0; c--) chain[c].Depth = chain[c].Parent!.Depth + 1;
            var adopted = Clone(formatting);
            adopted.Depth = furthestBlock.Depth + 1;
            furthestBlock.MoveChildrenTo(adopted);
            furthestBlock.Append(adopted);
            _formatting.Insert(IndexInFormatting(bookmark) + 1, adopted);
            RemoveFormatting(formatting);
            RemoveFromStack(formatting);
            int at = IndexOnStack(furthestBlock) + 1;
            InsertOnStack(at, adopted);
            for (int k = at + 1; k < _count; k++)
            {
                if (_stack[k].Parent is { } up) _stack[k].Depth = up.Depth + 1;
            }
        }
    }

    private int IndexOnStack(HtmlElement element)
    {
        for (int i = _count - 1; i >= 0; i--)
        {
            if (_stack[i] == element) return i;
        }
        return -1;
    }

    /// <summary>Takes the element at <paramref name="index"/> out of the stack.</summary>
    private void RemoveStackAt(int index)
    {
        Forget(_stack[index]);
        Array.Copy(_stack, index + 1, _stack, index, _count - index - 1);
        _stack[--_count] = null!;
        _version++;
        SetCurrent();
    }

    /// <summary>Puts <paramref name="element"/> in the stack at <paramref name="index"/>, the elements from there moving up.</summary>
    private void InsertOnStack(int index, HtmlElement element)
    {
        if (_count == _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
        Array.Copy(_stack, index, _stack, index + 1, _count - index);
        _stack[index] = element;
        _count++;
        Track(element);
        SetCurrent();
    }

    /// <summary>Puts <paramref name="element"/> in the place of the stack's element at <paramref name="index"/> (a copy of it).</summary>
    private void ReplaceOnStack(int index, HtmlElement element)
    {
        Forget(_stack[index]);
        _stack[index] = element;
        Track(element);
        SetCurrent();
    }
}
