"""The Vietnamese language layer: word segmentation, topics, keyphrases (and entities, places, dates).

Each task is one function in its own module; models ship inside the package and load lazily on first
use, never from the network.
"""
