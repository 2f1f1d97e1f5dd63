# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The network map, metrics table and suggestions panel, on core/analytics.
target_sources(coopatlas_ui PRIVATE
    network/metricspanel.cpp network/metricspanel.h
    network/metricstablemodel.cpp network/metricstablemodel.h
    network/networkcanvas.cpp network/networkcanvas.h network/networkcanvasinput.cpp
    network/networkimagecache.cpp network/networkimagecache.h
    network/networklegend.cpp network/networklegend.h
    network/networklogging.cpp network/networklogging.h
    network/networkmapwidget.cpp network/networkmapwidget.h
    network/networkpainter.cpp network/networkpainter.h
    network/networkpins.cpp network/networkpins.h
    network/networkscene.h
    network/networkscenepainter.cpp network/networkscenepainter.h
    network/networkstyle.cpp network/networkstyle.h
    network/networkview.h
    network/networkwindow.cpp network/networkwindow.h
    network/spatialgrid.cpp network/spatialgrid.h
    network/suggestionspanel.cpp network/suggestionspanel.h
    network/wrappingitemdelegate.cpp network/wrappingitemdelegate.h
)
# Charts of the dashboard that read the network through core/analytics.
target_sources(coopatlas_ui PRIVATE
    dashboard/chartsaving.cpp dashboard/chartsaving.h
    dashboard/periodbarchart.cpp dashboard/periodbarchart.h
    dashboard/periodchartpage.cpp dashboard/periodchartpage.h
    dashboard/periodchartswidget.cpp dashboard/periodchartswidget.h
    dashboard/periodloader.cpp dashboard/periodloader.h
    dashboard/periodseries.cpp dashboard/periodseries.h
)
target_link_libraries(coopatlas_ui PUBLIC coopatlas_analytics)
