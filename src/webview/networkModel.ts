/**
 * What the actor network's two scripts share: the graph as laid out once (positions from
 * spiralGrid, sizes and widths in model pixels), and the hand-over from the page's small script
 * (network.ts: first frame as SVG) to the cytoscape bundle (networkGraph.ts: the interactive graph).
 */

export interface GraphNode { id: string; name: string; kind: string; quoteCount: number; mentionCount: number }
export interface GraphEdge { id: string; source: string; target: string; type: 'quotedAbout' | 'together'; weight: number }

/** A node with its diameter and its centre, model pixels. */
export interface LaidNode extends GraphNode { size: number; x: number; y: number }
/** An edge with its line width and its control point's offset to the left of source→target (see edgeOffset), model pixels. */
export interface LaidEdge extends GraphEdge { width: number; offset: number }
export interface LaidGraph { nodes: LaidNode[]; edges: LaidEdge[] }

export const FONT_PX = 15;
/** Labels wrap at this width (model pixels), so a long name takes lines, not the neighbours' room. */
export const LABEL_WIDTH = 130;
/** Space around the graph when it is fitted to the canvas. */
export const FIT_PADDING = 16;

/**
 * The least and the greatest zoom, as multiples of the zoom that fits the graph to the canvas (that
 * one taken as 1 when it is above 1: a small graph is not zoomed out to half its size of type).
 * Without a least zoom a few wheel flicks shrank the graph to a dot.
 */
export const LEAST_ZOOM = 0.5;
export const GREATEST_ZOOM = 4;
/** The key that fits the graph back into view (as the Fit button does), outside the filters' inputs. */
export const FIT_KEY = 'f';

/** Draws a laid-out graph (again on each new message); the cytoscape bundle registers one. */
export interface NetworkRenderer {
  draw(graph: LaidGraph): void;
  /** Fits the whole graph into the canvas. */
  fit(): void;
}

/** Set on window by network.ts, which loads the cytoscape bundle. */
export interface NetworkHost {
  /** The element the graph is drawn in. */
  graph: HTMLElement;
  /** The CSS font family of the labels. */
  font: string;
  /** From now on `renderer` draws; it draws the graph already shown, if any, at once. */
  attach(renderer: NetworkRenderer): void;
}

declare global {
  interface Window { corpusNavNetwork?: NetworkHost }
}
