// Precompiled for the console's widgets and their tests (see authdesk_pch).
#pragma once
#include "pch_core.h"
#include <QAbstractItemModel>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QWidget>
